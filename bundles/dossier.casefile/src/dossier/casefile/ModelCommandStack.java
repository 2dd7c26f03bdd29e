package dossier.casefile;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/**
 * The workspace's command stack: every change to the model (execute, undo, redo) runs under a write lock, so that
 * other threads can read the model under the read lock ({@link ResearchWorkspace#readModel}). The listeners are told
 * after the lock is released, so a listener may wait for a reader without a deadlock.
 */
final class ModelCommandStack extends BasicCommandStack {

    /** As BasicCommandStack.execute marks a saved state that was undone and then replaced: a save is needed. */
    private static final int SAVED_STATE_DISCARDED = -2;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean notifyWhenUnlocked;
    private CompoundCommand group;

    @Override
    public void execute(Command command) {
        changing(() -> {
            if (group == null) {
                super.execute(command);
            } else if (command != null && command.canExecute()) {
                command.execute();
                group.append(command);
            }
            return null;
        });
    }

    /**
     * Runs {@code changes} so that the commands they execute are undone and redone as one command; the listeners are
     * told once, at the end (also when the changes fail part way: what they did is then one command too).
     */
    <T, E extends Exception> T asOne(String label, ResearchWorkspace.Changes<T, E> changes) throws E {
        if (group != null) {
            return changes.run();
        }
        group = new CompoundCommand(label);
        try {
            return changes.run();
        } finally {
            CompoundCommand done = group;
            group = null;
            if (!done.isEmpty()) {
                changing(() -> {
                    commandList.subList(top + 1, commandList.size()).forEach(Command::dispose);
                    commandList.subList(top + 1, commandList.size()).clear();
                    commandList.add(done);
                    top++;
                    mostRecentCommand = done;
                    if (saveIndex >= top) {
                        saveIndex = SAVED_STATE_DISCARDED;
                    }
                    notifyListeners();
                    return null;
                });
            }
        }
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
