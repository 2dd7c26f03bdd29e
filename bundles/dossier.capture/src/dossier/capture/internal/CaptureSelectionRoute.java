package dossier.capture.internal;

import com.google.gson.JsonObject;

import dossier.capture.BrowserCapture;
import dossier.service.ServiceRequest;

/** {@code POST /capture/selection}: the page, and the selection as a clip with the tags and note. */
public final class CaptureSelectionRoute extends CaptureRoute {

    @Override
    Object answer(ServiceRequest request, BrowserCapture capture) throws Exception {
        JsonObject body = request.json();
        return capture.selection(CaptureJson.page(body), CaptureJson.selection(body), CaptureJson.filing(body));
    }
}
