-- A backup holds the tenant's report schedules too (export-service's own table since V13): a household restored
-- from a backup keeps the reports it asked for. The restorer may insert them, as every other table it restores.
GRANT SELECT, INSERT ON export_report_schedules TO finsuite_restorer;
