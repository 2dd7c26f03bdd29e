package dossier.boards;

import java.time.Instant;
import java.util.Map;

import dossier.casefile.ResearchWorkspace;
import dossier.index.SearchIndex;

/** What a panel is computed from: the workspace, its index, the panel's parameters and the time it is computed at. */
public record PanelInput(ResearchWorkspace workspace, SearchIndex index, Map<String, String> parameters,
        Instant now) {

    /** A parameter, or {@code fallback} when it is absent or blank. */
    public String parameter(String name, String fallback) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
