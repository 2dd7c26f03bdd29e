package dossier.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import dossier.store.CaptureStore;

/**
 * A real store seen through a recorder ({@code ResearchWorkspace.open(folder, watched)}): every read says which thread
 * made it and of what, so a test can assert that a thread (the one that changes the model) never reads the store, or
 * that no text is read back.
 */
public final class WatchedStore implements UnaryOperator<CaptureStore> {

    /** One read: the method, its first argument when it names an item (or null) and the reading thread's name. */
    public record Read(String method, String id, String thread) {
    }

    /** The calls that do not read what was stored. */
    private static final Set<String> NOT_READS = Set.of("put", "flush", "close", "size", "openReport");

    private final List<Read> reads = new CopyOnWriteArrayList<>();

    /** The store as the workspace sees it: every call goes to {@code store}, the reads recorded. */
    @Override
    public CaptureStore apply(CaptureStore store) {
        InvocationHandler recorder = (proxy, method, args) -> {
            if (!NOT_READS.contains(method.getName()) && method.getDeclaringClass() == CaptureStore.class) {
                String id = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                reads.add(new Read(method.getName(), id, Thread.currentThread().getName()));
            }
            try {
                return method.invoke(store, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (CaptureStore) Proxy.newProxyInstance(CaptureStore.class.getClassLoader(),
                new Class<?>[] { CaptureStore.class }, recorder);
    }

    public List<Read> reads() {
        return List.copyOf(reads);
    }
}
