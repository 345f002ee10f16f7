package dev.finsuite.export.web;

import dev.finsuite.export.read.Exportable;
import dev.finsuite.export.read.ExportedEntities;
import dev.finsuite.export.report.ComputedExports;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every export by name: the entities read with SQL, then those the other services compute. */
@Component
public class ExportCatalog {

    private final ComputedExports computed;

    ExportCatalog(ComputedExports computed) {
        this.computed = computed;
    }

    public Optional<Exportable> named(String name) {
        return ExportedEntities.named(name).<Exportable>map(e -> e).or(() -> computed.named(name));
    }

    public List<String> names() {
        List<String> names = new ArrayList<>(ExportedEntities.names());
        names.addAll(computed.names());
        return names;
    }
}
