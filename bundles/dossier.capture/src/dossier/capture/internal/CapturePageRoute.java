package dossier.capture.internal;

import com.google.gson.JsonObject;

import dossier.capture.BrowserCapture;
import dossier.service.ServiceRequest;

/** {@code POST /capture/page}: the page as the browser rendered it, into a case file with tags and a note. */
public final class CapturePageRoute extends CaptureRoute {

    @Override
    Object answer(ServiceRequest request, BrowserCapture capture) throws Exception {
        JsonObject body = request.json();
        return capture.page(CaptureJson.page(body), CaptureJson.filing(body));
    }
}
