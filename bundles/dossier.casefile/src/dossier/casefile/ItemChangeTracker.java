package dossier.casefile;

import java.util.Collection;
import java.util.EventObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;

import dossier.model.Tags;
import dossier.model.casefile.CaseFile;
import dossier.model.casefile.CasefilePackage.Literals;
import dossier.model.casefile.Clip;
import dossier.model.casefile.Tag;
import dossier.model.casefile.TagAssignment;

/**
 * Notices model changes that change what the search index says of items (their tags, their clips' tags, their case
 * files) and, when the command that made them is done, undone or redone, tells the workspace's listeners which items
 * changed. Tags renamed or moved change the paths of every item and clip carrying them. It only collects ids: the
 * listeners read what they need of those items later, off the thread that changes the model.
 */
final class ItemChangeTracker extends EContentAdapter implements CommandStackListener {

    private final ResearchWorkspace workspace;
    /** Items and tags changed by the command being run. */
    private final Set<String> changedItems = new LinkedHashSet<>();
    private final Set<Tag> changedTags = new LinkedHashSet<>();
    private Set<String> lastNotified = Set.of();

    ItemChangeTracker(ResearchWorkspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch()) {
            return;
        }
        Object feature = notification.getFeature();
        if (feature == Literals.CASE_FILE__TAG_ASSIGNMENTS) {
            CaseFile holder = (CaseFile) notification.getNotifier();
            values(notification).forEach(value -> changedItems.add(itemOf(holder, (TagAssignment) value)));
        } else if (feature == Literals.CASE_FILE__ITEM_IDS) {
            values(notification).forEach(value -> changedItems.add((String) value));
        } else if (feature == Literals.CASE_FILE__CLIPS) {
            values(notification).forEach(value -> changedItems.add(((Clip) value).getItemId()));
        } else if (feature == Literals.TAG__NAME) {
            changedTags.add((Tag) notification.getNotifier());
        } else if (feature == Literals.TAG__CHILDREN || feature == Literals.TAG_SCHEME__TAGS) {
            values(notification).forEach(value -> changedTags.add((Tag) value));
        } else if (notification.getNotifier() instanceof Resource) {
            values(notification).forEach(value -> {
                if (value instanceof CaseFile caseFile) {
                    changedItems.addAll(caseFile.getItemIds());
                    caseFile.getTagAssignments().forEach(a -> changedItems.add(itemOf(caseFile, a)));
                }
            });
        }
    }

    /** The item a tag assignment is about: its target, or the item of the clip it targets (in the same case file). */
    private static String itemOf(CaseFile holder, TagAssignment assignment) {
        String target = assignment.getTargetId();
        for (Clip clip : holder.getClips()) {
            if (clip.getId().equals(target)) {
                return clip.getItemId();
            }
        }
        return target;
    }

    private static List<?> values(Notification notification) {
        Object value = switch (notification.getEventType()) {
        case Notification.REMOVE, Notification.REMOVE_MANY -> notification.getOldValue();
        case Notification.ADD, Notification.ADD_MANY, Notification.SET -> notification.getNewValue();
        default -> null;
        };
        if (value instanceof Collection<?> many) {
            return List.copyOf(many);
        }
        return value == null ? List.of() : List.of(value);
    }

    @Override
    public void commandStackChanged(EventObject event) {
        if (!changedTags.isEmpty()) {
            Set<Tag> subtrees = changedTags.stream().flatMap(t -> Tags.selfAndDescendants(t).stream())
                    .collect(Collectors.toSet());
            for (CaseFile caseFile : workspace.caseFiles()) {
                Map<String, String> clipItems = caseFile.getClips().stream()
                        .collect(Collectors.toMap(Clip::getId, Clip::getItemId, (a, b) -> a));
                caseFile.getTagAssignments().stream().filter(a -> subtrees.contains(a.getTag()))
                        .forEach(a -> changedItems.add(clipItems.getOrDefault(a.getTargetId(), a.getTargetId())));
            }
        }
        Set<String> items = Set.copyOf(changedItems);
        changedItems.clear();
        changedTags.clear();
        lastNotified = items;
        if (!items.isEmpty()) {
            workspace.notifyItemsChanged(items);
        }
    }

    /** The items the listeners were told about by the last command since {@link #forget()}. */
    Set<String> lastNotified() {
        return lastNotified;
    }

    void forget() {
        lastNotified = Set.of();
    }
}
