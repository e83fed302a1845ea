package io.studycompanion.cli;

import io.studycompanion.service.BackupService;
import io.studycompanion.service.DataSafetyService;
import io.studycompanion.service.ReportService;

/** The services of the verbs that work on the data folder; closing releases the database. */
public interface DataVerbs extends AutoCloseable {
    ReportService report();

    BackupService backup();

    /** The automatic database backups. */
    DataSafetyService safety();

    /** What the learner must be told about opening the data (e.g. a damaged database restored). */
    java.util.List<String> notices();

    @Override
    void close();
}
