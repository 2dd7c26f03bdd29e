package dossier.capture.internal;

import java.util.List;

import dossier.capture.BrowserCapture;
import dossier.service.ServiceRequest;

/**
 * {@code GET /capture/choices}: the case files, the one last captured into, the tag paths to complete, and the largest
 * request the service takes (the extension refuses a larger page before sending it).
 */
public final class CaptureChoicesRoute extends CaptureRoute {

    /** What the popup is offered. */
    record Offered(List<String> caseFiles, String lastCaseFile, List<String> tags, long maxBytes) {
    }

    @Override
    String method() {
        return "GET";
    }

    @Override
    Object answer(ServiceRequest request, BrowserCapture capture) throws Exception {
        BrowserCapture.Choices choices = capture.choices();
        return new Offered(choices.caseFiles(), choices.lastCaseFile(), choices.tags(), ServiceRequest.MAX_BODY_BYTES);
    }
}
