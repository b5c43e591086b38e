// Measures the write path of a meeting over HTTP: castVote (the upsert on the unique constraint,
// under the motion's share lock, audited, with a live update built after commit) by the four demo
// members at once, then closeVote. Prints req/s and latency; asserts nothing.
// Usage: npm run build && node tools/bench/votes.mjs [--duration 10]
import { percentile, startProduct } from './product.mjs';

const i = process.argv.indexOf('--duration');
const duration = (i > 0 ? Number(process.argv[i + 1]) : 10) * 1000;
const { base, stop } = await startProduct({ KENES_TODAY: '2026-11-28' });

async function signIn(email) {
  const r = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', variables: { i: { email, password: 'kenes-demo-2026' } } }),
  });
  return r.headers.get('set-cookie').split(';')[0];
}
async function gql(cookie, query, variables) {
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const secretary = await signIn('secretary@kenes.demo');
const members = await Promise.all(['chair', 'member', 'member2', 'member3'].map((m) => signIn(`${m}@kenes.demo`)));
const { councils } = await gql(secretary, '{ councils { items { id slug } } }');
const councilId = councils.items.find((c) => c.slug === 'kokshetau').id;
const { createMeeting } = await gql(secretary, 'mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id attendance { personId fullName } } }', {
  i: { councilId, type: 'EXTRAORDINARY', startsAt: '2026-12-08T10:00:00+05:00' },
});
const id = createMeeting.id;
const { addAgendaItem } = await gql(secretary, 'mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { items { id } } }', { i: { meetingId: id, title: { ru: 'Бенчмарк' }, category: 'OTHER' } });
await gql(secretary, 'mutation($id: ID!) { announceMeeting(id: $id) { notified } }', { id });
await gql(secretary, 'mutation($id: ID!) { openMeeting(id: $id) { id } }', { id });
const linked = ['Бауыржан Есенов', 'Нина Васильевна Орлова', 'Айжан Маратқызы Нұрланова', 'Михаил Петрович Волков'];
const seats = [...createMeeting.attendance].sort((a, b) => Number(linked.includes(b.fullName)) - Number(linked.includes(a.fullName)));
for (const s of seats.slice(0, 11)) await gql(secretary, 'mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }', { i: { meetingId: id, personId: s.personId, status: 'IN_PERSON' } });
const { createMotion } = await gql(secretary, 'mutation($i: CreateMotionInput!) { createMotion(input: $i) { items { motions { id } } } }', {
  i: { itemId: addAgendaItem.items[0].id, kind: 'DECISION', text: 'Бенчмарк', points: ['Пункт'] },
});
const motionId = createMotion.items[0].motions[0].id;
await gql(secretary, 'mutation($id: ID!) { openVote(motionId: $id) { id } }', { id: motionId });

const times = [];
let errors = 0;
const end = Date.now() + duration;
await Promise.all(
  members.map(async (cookie, n) => {
    for (let k = 0; Date.now() < end; k++) {
      const s = performance.now();
      try {
        await gql(cookie, 'mutation($i: CastVoteInput!) { castVote(input: $i) { choice } }', { i: { motionId, choice: (k + n) % 2 ? 'FOR' : 'AGAINST' } });
      } catch {
        errors++;
      }
      times.push(performance.now() - s);
    }
  }),
);
times.sort((a, b) => a - b);
const s = performance.now();
await gql(secretary, 'mutation($id: ID!) { closeVote(motionId: $id) { id } }', { id: motionId });
const close = performance.now() - s;
console.log(`castVote by 4 members at once for ${duration / 1000} s (each call changes the vote): ${(times.length / (duration / 1000)).toFixed(0)} req/s, p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, errors ${errors}`);
console.log(`closeVote: ${close.toFixed(1)} ms`);
await stop();
