package io.studycompanion.service;

import io.studycompanion.report.ReadinessReport;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the PDF readiness report of the current snapshot. */
public final class ReportService {
    private final ReadinessService readiness;
    private final ReadinessReport report = new ReadinessReport();
    private final Path dataFolder;

    /** @param dataFolder whose own files (the live database, its lock) a report may not overwrite */
    public ReportService(ReadinessService readiness, Path dataFolder) {
        this.readiness = readiness;
        this.dataFolder = dataFolder;
    }

    /** Computes the snapshot and writes the PDF (through a temporary file, so a failure leaves no half file). */
    public void writePdf(Path target) {
        OutputTargets.refuseOwnFiles(dataFolder, target);
        AtomicFiles.refuseUnwritable(target);
        try {
            var parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            report.write(readiness.snapshot(), target);
        } catch (IOException e) {
            throw new IllegalStateException(io.studycompanion.domain.FileErrors.cannotWrite(target, e)
                    + "; nothing was written.", e);
        }
    }
}
