package dossier.team;

/**
 * What a publish did: items selected, queued (new or changed since they were last published), unchanged (not sent
 * again), deleted (published earlier while a case file held them, now held by none: queued for deletion from the
 * collection), documents sent (added or deleted) to the cluster (this publish's and any left waiting before), and documents still waiting in
 * the outbox (the cluster could not be reached: {@code problem} says so), and documents the cluster refused this
 * time, set aside ({@code rejection} says why; they no longer hold up the rest).
 */
public record PublishReport(int selected, int queued, int unchanged, int deleted, long sent, long waiting, String problem,
        long rejected, String rejection) {
}
