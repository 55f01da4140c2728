// A separate process for the "killed mid-delivery" test: opens the test database, claims the
// due webhooks and posts them; the test kills it while the receiver holds the response.
import { createCoach } from '../../src/create-coach.js';
import { createPostgresStorage, createSqliteStorage } from '../../src/adapters/storage-kysely/index.js';

const database = JSON.parse(process.env.COACH_TEST_DATABASE ?? '{}') as
  { dialect: 'sqlite'; filename: string } | { dialect: 'postgres'; connectionString: string; schema: string };
const storage =
  database.dialect === 'sqlite'
    ? createSqliteStorage({ filename: database.filename })
    : createPostgresStorage({ connectionString: database.connectionString, schema: database.schema });
const coach = await createCoach({
  storage,
  mailer: null,
  speechModel: null,
  textRecognizer: null,
  codeRunner: null,
  migrate: false,
  settings: { webhookAllowPrivateTargets: true, webhookAllowedHttpHosts: [process.env.COACH_TEST_ALLOWED_HOST ?? ''] },
});
await coach.webhooks.deliverDue();
await coach.close();
