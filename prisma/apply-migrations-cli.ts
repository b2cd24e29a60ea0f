// Usage: npm run db:migrate   (DATABASE_URL selects the database; default: the embedded SQLite file)
import { loadConfig } from '../core/config/load-config.js';
import { applyMigrations } from '../core/db/apply-migrations.js';

const config = loadConfig();
const { applied } = await applyMigrations(config.databaseUrl);
console.log(applied.length ? `Applied ${applied.join(', ')}` : 'Database is up to date');
