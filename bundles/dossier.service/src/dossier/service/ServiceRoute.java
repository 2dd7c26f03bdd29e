package dossier.service;

/**
 * A path of the local service, contributed to {@code dossier.service.routes}. It is asked only after the service's
 * checks (loopback caller, the service's Host, no web page's Origin, a valid token, a body within
 * {@link ServiceRequest#MAX_BODY_BYTES}); it answers on a service thread, not the model thread.
 */
public interface ServiceRoute {

    ServiceReply answer(ServiceRequest request) throws Exception;
}
