package dossier.boards.internal;

import java.io.IOException;
import java.util.List;

import dossier.boards.PanelFigures;
import dossier.boards.PanelInput;
import dossier.boards.PanelKind;
import dossier.index.QuerySyntaxException;

/**
 * Share of voice: the volume of several series (a brand and its competitors) over time, drawn as each one's share of
 * their sum per bucket; the same parameters and counts as {@link VolumePanel}.
 */
public final class ShareOfVoicePanel implements PanelKind {

    @Override
    public List<String> queries(PanelInput input) {
        return new VolumePanel().queries(input);
    }

    @Override
    public PanelFigures compute(PanelInput input) throws IOException, QuerySyntaxException {
        PanelFigures volume = new VolumePanel().compute(input);
        return new PanelFigures(volume.title(), volume.series(), volume.rankings(), true);
    }
}
