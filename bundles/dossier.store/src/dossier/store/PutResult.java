package dossier.store;

/** What {@link CaptureStore#put(Capture)} did, and the id of the item concerned. */
public record PutResult(String id, Outcome outcome) {

    public enum Outcome {
        /** a new item was stored */
        NEW,
        /** the item exists with the same content; nothing was stored */
        UNCHANGED,
        /** the item exists with other content; a new capture version was appended, older ones stay readable */
        UPDATED,
        /** the same content is already stored under another URL; {@code id} is that item's; nothing was stored */
        DUPLICATE_CONTENT
    }
}
