package dossier.store;

/** What a captured item is. */
public enum ItemType {
    ARTICLE, MENTION, DOCUMENT
}
