package dossier.casefile;

import java.util.ArrayList;
import java.util.List;
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

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean notifyWhenUnlocked;
    /** The commands executed in the running {@link #asOne}, or null. */
    private List<Command> group;

    @Override
    public void execute(Command command) {
        changing(() -> {
            if (group == null) {
                super.execute(command);
            } else if (command != null && command.canExecute()) {
                command.execute();
                group.add(command);
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
        group = new ArrayList<>();
        try {
            return changes.run();
        } finally {
            List<Command> done = group;
            group = null;
            if (!done.isEmpty()) {
                execute(new Executed(label, done));
            }
        }
    }

    /** Commands executed one by one in a group: the stack records them as one, undone and redone together. */
    private static final class Executed extends CompoundCommand {

        Executed(String label, List<Command> commands) {
            super(label, commands);
        }

        @Override
        public boolean canExecute() {
            return true;
        }

        @Override
        public void execute() {
            // each was executed when the group ran it
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
