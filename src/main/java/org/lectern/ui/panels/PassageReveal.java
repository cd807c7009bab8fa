package org.lectern.ui.panels;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lectern.model.Annotation;
import org.lectern.ui.WorkbenchModel;

/** Shows a record's passage in the article: one in the document being read if it has one, else its first. */
public final class PassageReveal {
    private PassageReveal() {
    }

    public static void first(WorkbenchModel model, List<UUID> passageIds) {
        List<Annotation> passages = passageIds.stream().map(id -> model.state().annotation(id))
                .flatMap(Optional::stream).toList();
        UUID current = model.currentDocument().map(d -> d.id()).orElse(null);
        passages.stream().filter(a -> a.documentId().equals(current)).findFirst()
                .or(() -> passages.stream().findFirst())
                .ifPresent(model::reveal);
    }
}
