// Every test worker sees the same legal "today" (see TEST_TODAY in test-server.ts).
process.env['KENES_TODAY'] = '2026-11-28';
