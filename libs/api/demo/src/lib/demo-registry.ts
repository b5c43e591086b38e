import type { CouncilLevelValue, JurisdictionKind, StateBodyKind } from '@kenes/api/registry';

/**
 * Real, public organisations from ../shared/domain/DEMO-DATA.md. People are never real and
 * live elsewhere (generated).
 */
export interface DemoJurisdiction {
  code: string;
  kind: JurisdictionKind;
  parent?: string;
  name: { kk: string; ru: string; en: string };
}

export interface DemoBody {
  key: string;
  jurisdiction: string;
  parent?: string;
  kind: StateBodyKind;
  name: { kk: string; ru: string; en: string };
}

export interface DemoCouncil {
  slug: string;
  host: string;
  level: CouncilLevelValue;
  published: boolean;
  name: { kk: string; ru: string; en: string };
}

export const DEMO_JURISDICTIONS: DemoJurisdiction[] = [
  { code: 'KZ', kind: 'republic', name: { kk: 'Қазақстан Республикасы', ru: 'Республика Казахстан', en: 'Republic of Kazakhstan' } },
  { code: 'KZ-AKM', kind: 'oblast', parent: 'KZ', name: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' } },
  { code: 'KZ-AKM-KOK', kind: 'city_oblast', parent: 'KZ-AKM', name: { kk: 'Көкшетау қаласы', ru: 'город Кокшетау', en: 'Kokshetau' } },
  { code: 'KZ-ALA', kind: 'city_republican', parent: 'KZ', name: { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty' } },
];

export const DEMO_BODIES: DemoBody[] = [
  { key: 'minfin', jurisdiction: 'KZ', kind: 'ministry', name: { kk: 'Қазақстан Республикасы Қаржы министрлігі', ru: 'Министерство финансов Республики Казахстан', en: 'Ministry of Finance of the Republic of Kazakhstan' } },
  { key: 'mkis', jurisdiction: 'KZ', kind: 'ministry', name: { kk: 'Қазақстан Республикасы Мәдениет және ақпарат министрлігі', ru: 'Министерство культуры и информации Республики Казахстан', en: 'Ministry of Culture and Information of the Republic of Kazakhstan' } },
  { key: 'akm-akimat', jurisdiction: 'KZ-AKM', kind: 'akimat', name: { kk: 'Ақмола облысының әкімдігі', ru: 'Акимат Акмолинской области', en: 'Akimat of Akmola Region' } },
  { key: 'kok-akimat', jurisdiction: 'KZ-AKM-KOK', parent: 'akm-akimat', kind: 'akimat', name: { kk: 'Көкшетау қаласының әкімдігі', ru: 'Акимат города Кокшетау', en: 'Akimat of Kokshetau' } },
  { key: 'kok-maslikhat', jurisdiction: 'KZ-AKM-KOK', kind: 'maslikhat', name: { kk: 'Көкшетау қалалық мәслихаты', ru: 'Кокшетауский городской маслихат', en: 'Kokshetau City Maslikhat' } },
  { key: 'kok-transport', jurisdiction: 'KZ-AKM-KOK', parent: 'kok-akimat', kind: 'akim_office_department', name: { kk: 'Көкшетау қаласының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі', ru: 'Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города Кокшетау', en: 'Kokshetau Department of Housing and Utilities, Passenger Transport and Roads' } },
  { key: 'kok-social', jurisdiction: 'KZ-AKM-KOK', parent: 'kok-akimat', kind: 'akim_office_department', name: { kk: 'Көкшетау қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі', ru: 'Отдел занятости и социальных программ города Кокшетау', en: 'Kokshetau Department of Employment and Social Programmes' } },
  { key: 'kok-finance', jurisdiction: 'KZ-AKM-KOK', parent: 'kok-akimat', kind: 'akim_office_department', name: { kk: 'Көкшетау қаласының экономика және қаржы бөлімі', ru: 'Отдел экономики и финансов города Кокшетау', en: 'Kokshetau Department of Economy and Finance' } },
  { key: 'ala-akimat', jurisdiction: 'KZ-ALA', kind: 'akimat', name: { kk: 'Алматы қаласының әкімдігі', ru: 'Акимат города Алматы', en: 'Akimat of Almaty' } },
  { key: 'ala-maslikhat', jurisdiction: 'KZ-ALA', kind: 'maslikhat', name: { kk: 'Алматы қалалық мәслихаты', ru: 'Маслихат города Алматы', en: 'Almaty City Maslikhat' } },
];

export const DEMO_COUNCILS: DemoCouncil[] = [
  { slug: 'kokshetau', host: 'kok-akimat', level: 'local', published: true, name: { kk: 'Көкшетау қаласының қоғамдық кеңесі', ru: 'Общественный совет города Кокшетау', en: 'Kokshetau City Public Council' } },
  { slug: 'almaty', host: 'ala-akimat', level: 'local', published: true, name: { kk: 'Алматы қаласының қоғамдық кеңесі', ru: 'Общественный совет города Алматы', en: 'Almaty City Public Council' } },
  { slug: 'akmola', host: 'akm-akimat', level: 'local', published: true, name: { kk: 'Ақмола облысының қоғамдық кеңесі', ru: 'Общественный совет Акмолинской области', en: 'Akmola Region Public Council' } },
  { slug: 'minfin', host: 'minfin', level: 'republican', published: true, name: { kk: 'Қазақстан Республикасы Қаржы министрлігінің қоғамдық кеңесі', ru: 'Общественный совет Министерства финансов Республики Казахстан', en: 'Public Council of the Ministry of Finance' } },
  { slug: 'mki', host: 'mkis', level: 'republican', published: true, name: { kk: 'Мәдениет және ақпарат министрлігінің қоғамдық кеңесі', ru: 'Общественный совет Министерства культуры и информации', en: 'Public Council of the Ministry of Culture and Information' } },
  // Being set up: must never appear on the portal.
  { slug: 'kokshetau-youth-draft', host: 'kok-maslikhat', level: 'local', published: false, name: { kk: 'Жастар ісі жөніндегі кеңес (жоба)', ru: 'Совет по делам молодёжи (черновик)', en: 'Youth affairs council (draft)' } },
];
