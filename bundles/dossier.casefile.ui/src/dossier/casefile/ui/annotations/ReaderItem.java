package dossier.casefile.ui.annotations;

import java.util.List;
import java.util.function.IntConsumer;

import dossier.casefile.ResearchWorkspace;
import dossier.model.casefile.Clip;

/**
 * The item open in the reader, as annotation views see it.
 *
 * @param itemId the item's id
 * @param title its title
 * @param text its text as the reader shows it
 * @param clips the clips on it, from every case file, in text order
 * @param workspace the workspace (for notes, tags and cross-references)
 * @param reveal shows and selects an offset of the text in the reader
 */
public record ReaderItem(String itemId, String title, String text, List<Clip> clips, ResearchWorkspace workspace,
        IntConsumer reveal) {
}
