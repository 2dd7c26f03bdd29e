package dossier.service;

import com.google.gson.JsonObject;

import dossier.casefile.Intake;
import dossier.casefile.ResearchWorkspace;
import dossier.connector.http.FetchSettings;

/** A request that passed the local service's checks, with the workspace it is for. */
public interface ServiceRequest {

    /** The largest body the service reads: the fetcher's page-size limit. */
    long MAX_BODY_BYTES = FetchSettings.defaults().maxBodyBytes();

    String method();

    String path();

    byte[] body();

    /** The body as a JSON object; a body that is not one is answered 400. */
    JsonObject json() throws ServiceFailure;

    ResearchWorkspace workspace();

    /** The thread that changes the model: hand it to {@link Intake#file}. */
    Intake.ModelThread modelThread();
}
