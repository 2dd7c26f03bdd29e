package dossier.index;

/** A query Dossier does not run: a syntax error (naming the position and what was expected) or too many clauses. */
public final class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int position;

    public QuerySyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** 1-based character position of the problem in the query, 0 if it concerns the whole query. */
    public int position() {
        return position;
    }
}
