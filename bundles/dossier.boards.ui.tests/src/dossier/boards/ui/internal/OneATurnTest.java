package dossier.boards.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/**
 * A board shows its panels one a turn of the event loop, each turn posted after the last: what another part posts
 * meanwhile (a repaint's work, a command's) runs after one panel, not after them all.
 */
class OneATurnTest {

    @Test
    void whatIsPostedMeanwhileRunsAfterOneTaskNotAfterThemAll() {
        Display display = Display.getCurrent();
        List<String> ran = new ArrayList<>();
        OneATurn turns = new OneATurn(display);
        turns.execute(() -> ran.add("first panel"));
        turns.execute(() -> ran.add("second panel"));
        turns.execute(() -> ran.add("third panel"));
        display.asyncExec(() -> ran.add("posted meanwhile"));
        long deadline = System.currentTimeMillis() + 10_000;
        while (ran.size() < 4 && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        assertEquals(List.of("first panel", "posted meanwhile", "second panel", "third panel"), ran);
    }
}
