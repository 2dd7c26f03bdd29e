package dossier.casefile;

/** What an id names in a workspace, with a label to show for it. */
public record Target(Kind kind, String id, String label) {

    public enum Kind {
        CASE_FILE, CLIP, ITEM
    }
}
