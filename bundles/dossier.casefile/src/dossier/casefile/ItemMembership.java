package dossier.casefile;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CasefilePackage.Literals;

/**
 * Which case files hold which items, as a hash set per case file kept up to date from the model's notifications:
 * asking whether a case file of a million items holds one is not a scan of its list. Built on first use.
 */
final class ItemMembership extends EContentAdapter {

    private final Map<CaseFile, Set<String>> held = new WeakHashMap<>();

    synchronized boolean holds(CaseFile caseFile, String itemId) {
        return held.computeIfAbsent(caseFile, c -> new HashSet<>(c.getItemIds())).contains(itemId);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.getFeature() != Literals.CASE_FILE__ITEM_IDS || notification.isTouch()) {
            return;
        }
        synchronized (this) {
            Set<String> ids = held.get((CaseFile) notification.getNotifier());
            if (ids == null) {
                return;
            }
            switch (notification.getEventType()) {
            case Notification.ADD -> ids.add((String) notification.getNewValue());
            case Notification.ADD_MANY -> ids.addAll(strings(notification.getNewValue()));
            case Notification.REMOVE -> ids.remove((String) notification.getOldValue());
            case Notification.REMOVE_MANY -> ids.removeAll(strings(notification.getOldValue()));
            default -> held.remove(notification.getNotifier());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> strings(Object value) {
        return (Collection<String>) value;
    }
}
