package org.lectern.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.lectern.io.export.ExportScope;
import org.lectern.service.ExportFormat;

/** What the analyst asked the Export dialog for. */
public record ExportRequest(ExportFormat format, ExportScope scope, Path target, Optional<Path> template,
                            boolean openWhenDone) {
}
