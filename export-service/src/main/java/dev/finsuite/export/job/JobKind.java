package dev.finsuite.export.job;

/** What produces a job's file: an entity export, a backup, or a scheduled report. */
public enum JobKind {
    EXPORT,
    BACKUP,
    REPORT
}
