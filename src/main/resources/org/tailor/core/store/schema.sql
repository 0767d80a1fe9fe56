-- Tailor workspace schema, version 1. Statements are separated by lines holding only ';'.
-- External ids are TEXT everywhere: leading zeros and long digit strings are kept byte for byte.
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)
;
CREATE TABLE IF NOT EXISTS setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)
;
CREATE TABLE IF NOT EXISTS customer (
  id INTEGER PRIMARY KEY,
  external_id TEXT NOT NULL UNIQUE,
  first_name TEXT,
  age INTEGER,
  birth_year INTEGER,
  gender TEXT,
  occupation TEXT,
  country TEXT,
  city TEXT,
  zip TEXT,
  email TEXT,
  phone TEXT,
  signup_date TEXT,
  email_opt_in INTEGER,
  opted_out INTEGER NOT NULL DEFAULT 0,
  unsubscribed_at TEXT,
  attributes TEXT,                      -- JSON object of other mapped columns (text values)
  import_id INTEGER,
  suspect TEXT                          -- why the importer doubts this row (e.g. id damaged by a spreadsheet)
)
;
CREATE TABLE IF NOT EXISTS item (
  id INTEGER PRIMARY KEY,
  external_id TEXT NOT NULL UNIQUE,
  title TEXT,
  category TEXT,
  genres TEXT,                          -- '|' separated
  price REAL,
  attributes TEXT,
  import_id INTEGER,
  suspect TEXT
)
;
CREATE TABLE IF NOT EXISTS interaction (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
  item_id INTEGER REFERENCES item(id) ON DELETE CASCADE,  -- NULL for order-level rows without a product
  kind TEXT NOT NULL,                   -- purchase, view, click, cart, rating, return ...
  value REAL,                           -- rating or quantity
  amount REAL,                          -- money
  ts INTEGER,                           -- epoch seconds, UTC (local wall clock read as UTC when the file has no zone)
  order_id TEXT,
  import_id INTEGER,
  natural_key INTEGER NOT NULL,         -- 64-bit hash of the event's fields; the importer de-duplicates by it
  suspect TEXT,                         -- why the importer doubts this row (damaged id, outlier ...)
  source_line INTEGER                   -- physical line in the imported file (import_id names the file)
)
;
-- No index on interaction at all. The importer de-duplicates by natural_key in memory (ImportWriter, KeySet) and
-- checks a small file against the stored rows with one scan (StoredDuplicates): a unique index cost a sort of every
-- key on each large import, more than parsing and storing the rows. The one reader (InteractionRepository.forEach)
-- reads every row, and scanning plus sorting costs it the same as walking a (customer_id, ts) index. Erasing a
-- customer scans the table instead (as it already scans rejected_row). Workspaces made before may still have
-- interaction_customer and interaction_item (they stay valid, and a bulk import drops them);
-- interaction_natural_key is dropped when such a workspace is opened (Workspace.upgrade).
CREATE TABLE IF NOT EXISTS import_run (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  file_sha256 TEXT,
  entity TEXT NOT NULL,
  preset TEXT,
  encoding TEXT,
  delimiter TEXT,
  mapping TEXT,                         -- JSON
  rows_read INTEGER,
  rows_stored INTEGER,
  rows_rejected INTEGER,
  report TEXT,                          -- JSON summary
  started_at TEXT NOT NULL,
  finished_at TEXT
)
;
CREATE TABLE IF NOT EXISTS rejected_row (
  id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  line INTEGER NOT NULL,
  column_name TEXT,
  reason TEXT NOT NULL,
  raw TEXT,
  customer_id TEXT                      -- the row's customer id cell, when it has one (erasure matches it exactly)
)
;
CREATE INDEX IF NOT EXISTS rejected_row_import ON rejected_row(import_id)
;
CREATE TABLE IF NOT EXISTS model_run (
  id INTEGER PRIMARY KEY,
  variant TEXT NOT NULL,
  params TEXT,
  split TEXT,
  seed INTEGER,
  data_version TEXT,
  metrics TEXT,                         -- JSON
  train_seconds REAL,
  model BLOB,
  created_at TEXT NOT NULL
)
;
CREATE TABLE IF NOT EXISTS persona_run (
  id INTEGER PRIMARY KEY,
  params TEXT,
  data_version TEXT,
  result TEXT,                          -- JSON
  created_at TEXT NOT NULL
)
;
CREATE TABLE IF NOT EXISTS campaign (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  persona TEXT,
  params TEXT,
  created_at TEXT NOT NULL
)
;
CREATE TABLE IF NOT EXISTS campaign_target (
  campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
  customer_id INTEGER NOT NULL,
  arm TEXT NOT NULL,
  items TEXT,
  reason TEXT
)
;
CREATE TABLE IF NOT EXISTS privacy_ledger (
  id INTEGER PRIMARY KEY,
  query TEXT NOT NULL,
  epsilon REAL NOT NULL,
  result TEXT,
  created_at TEXT NOT NULL
)
;
CREATE TABLE IF NOT EXISTS erasure_log (
  id INTEGER PRIMARY KEY,
  customer_pseudonym TEXT NOT NULL,
  rows_removed INTEGER NOT NULL,
  erased_at TEXT NOT NULL
)
;
-- Added after version 1 (Workspace.upgrade adds them to older workspaces too): finds the rejected rows of an
-- earlier import of the same file (re-import adds none again) and those of a customer being erased.
CREATE INDEX IF NOT EXISTS rejected_row_line ON rejected_row(import_id, line)
;
CREATE INDEX IF NOT EXISTS rejected_row_customer ON rejected_row(customer_id)
;
CREATE INDEX IF NOT EXISTS import_run_sha256 ON import_run(file_sha256)
