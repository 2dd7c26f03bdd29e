package dossier.capture.internal;

import dossier.capture.BrowserCapture;
import dossier.capture.BrowserCapture.Refused;
import dossier.service.ServiceFailure;
import dossier.service.ServiceReply;
import dossier.service.ServiceRequest;
import dossier.service.ServiceRoute;

/** A route of the browser extension: checks the method, answers a refused capture 422 with its message. */
abstract class CaptureRoute implements ServiceRoute {

    /** The one method the route answers. */
    String method() {
        return "POST";
    }

    @Override
    public final ServiceReply answer(ServiceRequest request) throws Exception {
        if (!method().equals(request.method())) {
            throw new ServiceFailure(405, request.path() + " answers " + method() + " only");
        }
        try {
            return ServiceReply.ok(answer(request, new BrowserCapture(request.workspace(), request.modelThread())));
        } catch (Refused e) {
            throw new ServiceFailure(422, e.getMessage());
        }
    }

    abstract Object answer(ServiceRequest request, BrowserCapture capture) throws Exception;
}
