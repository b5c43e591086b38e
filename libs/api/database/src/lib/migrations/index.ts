import { InitialRegistry1795861147488 } from './1795861147488-InitialRegistry';
import { AddIdentity1795863506337 } from './1795863506337-AddIdentity';
import { AddComposition1795864248388 } from './1795864248388-AddComposition';
import { AddCompetitions1795866673711 } from './1795866673711-AddCompetitions';
import { AddReserveAppointmentsAndPopulationReference1795870659550 } from './1795870659550-AddReserveAppointmentsAndPopulationReference';
import { AddMeetings1795870761712 } from './1795870761712-AddMeetings';
import { AddObligations1795872993225 } from './1795872993225-AddObligations';
import { AddSearch1795875000000 } from './1795875000000-AddSearch';
import { AddMinutes1795875600000 } from './1795875600000-AddMinutes';
import { AddFollow1795876528618 } from './1795876528618-AddFollow';

// Every migration, in order. Never edit one that has landed: add a new one.
export const MIGRATIONS = [
  InitialRegistry1795861147488,
  AddIdentity1795863506337,
  AddComposition1795864248388,
  AddCompetitions1795866673711,
  AddReserveAppointmentsAndPopulationReference1795870659550,
  AddMeetings1795870761712,
  AddObligations1795872993225,
  AddSearch1795875000000,
  AddMinutes1795875600000,
  AddFollow1795876528618,
];
