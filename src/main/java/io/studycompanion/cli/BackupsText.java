package io.studycompanion.cli;

import io.studycompanion.service.BackupEntry;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code backups list}: one line per automatic backup, newest first, then a count. */
final class BackupsText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private BackupsText() {
    }

    static String of(List<BackupEntry> backups) {
        var text = new StringBuilder("date,kind,answers,file\n");
        for (var b : backups) {
            text.append(WHEN.format(b.created().atZone(ZoneId.systemDefault()))).append(',').append(b.reason())
                    .append(',').append(b.answers().isPresent() ? String.valueOf(b.answers().getAsInt()) : "unreadable")
                    .append(',').append(b.name()).append('\n');
        }
        return text.append(backups.size()).append(backups.size() == 1 ? " backup" : " backups").toString();
    }
}
