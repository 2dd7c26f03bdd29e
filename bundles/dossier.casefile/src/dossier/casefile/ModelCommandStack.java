package dossier.casefile;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The workspace's command stack: every change to the model (execute, undo, redo) runs under a write lock, so that
 * other threads can read the model under the read lock ({@link ResearchWorkspace#readModel}). The listeners are told
 * after the lock is released, so a listener may wait for a reader without a deadlock.
 */
final class ModelCommandStack extends BasicCommandStack {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean notifyWhenUnlocked;

    @Override
    public void execute(Command command) {
        changing(() -> {
            super.execute(command);
            return null;
        });
    }

    @Override
    public void undo() {
        changing(() -> {
            super.undo();
            return null;
        });
    }

    @Override
    public void redo() {
        changing(() -> {
            super.redo();
            return null;
        });
    }

    /** Runs a change (a command, or adding a resource) under the write lock. */
    <T> T changing(Supplier<T> change) {
        T result;
        lock.writeLock().lock();
        try {
            result = change.get();
        } finally {
            lock.writeLock().unlock();
        }
        if (notifyWhenUnlocked && !lock.isWriteLockedByCurrentThread()) {
            notifyWhenUnlocked = false;
            super.notifyListeners();
        }
        return result;
    }

    @Override
    protected void notifyListeners() {
        if (lock.isWriteLockedByCurrentThread()) {
            notifyWhenUnlocked = true;
        } else {
            super.notifyListeners();
        }
    }

    <T> T read(Supplier<T> reader) {
        lock.readLock().lock();
        try {
            return reader.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
