package dossier.casefile;

/** How the clips of a re-captured item fared: in place, moved or edited, or orphaned. */
public record ReanchorReport(int anchored, int reanchored, int orphaned) {
}
