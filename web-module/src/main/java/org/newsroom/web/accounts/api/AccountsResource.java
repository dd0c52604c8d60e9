package org.newsroom.web.accounts.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.Locale;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.AccountRejected;
import org.newsroom.news.account.Role;
import org.newsroom.news.account.StaffAccounts;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.refusal.Wording;
import org.newsroom.web.rest.InvalidInput;
import org.newsroom.web.rest.JsonInput;
import org.newsroom.web.rest.JsonResponses;
import org.newsroom.web.rest.WhenDenied;

/** Admins' account management and audit log as JSON (the same rules as the admin pages). */
@Path("newsroom/admin")
@WhenDenied("Only admins manage accounts and read the audit log.")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    private StaffAccounts accounts;

    @Inject
    private AuditLog audit;

    @GET
    @Path("accounts")
    public Response list() {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        accounts.all().forEach(a -> rows.add(json(a)));
        return ok(Json.createObjectBuilder().add("accounts", rows).build());
    }

    /** Body: {"username", "displayName", "role": REPORTER|EDITOR|ADMIN, "password"}. */
    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        JsonObject account = JsonInput.object(body);
        return Response.status(Response.Status.CREATED).entity(json(accounts.create(
                JsonInput.string(account, "username"), JsonInput.string(account, "displayName"),
                role(JsonInput.string(account, "role")), JsonInput.string(account, "password"))).build().toString()).build();
    }

    @POST
    @Path("accounts/{username}/{change}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("username") String username, @PathParam("change") String change, JsonObject body) {
        return switch (change) {
            case "disable" -> ok(json(accounts.setEnabled(username, false)).build());
            case "enable" -> ok(json(accounts.setEnabled(username, true)).build());
            case "role" -> ok(json(accounts.changeRole(username, role(body == null ? null : JsonInput.string(body, "role")))).build());
            case "password" -> {
                accounts.resetPassword(username, body == null ? null : JsonInput.string(body, "password"));
                yield Response.noContent().build();
            }
            default -> JsonResponses.error(Response.Status.NOT_FOUND, "There is no account change \"" + change + "\".");
        };
    }

    @GET
    @Path("audit")
    public Response audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
                          @QueryParam("max") Integer max) {
        if (max != null && (max < 1 || max > 1000)) {
            throw new InvalidInput("max", "max is how many entries to list: 1 to 1000.");
        }
        JsonArrayBuilder rows = Json.createArrayBuilder();
        audit.search(actor, action, null, null, 0, max == null ? 100 : max).forEach(e -> rows.add(
                Json.createObjectBuilder()
                        .add("at", e.getRecordedAt() + "Z")
                        .add("actor", e.getActor())
                        .add("action", e.getAction())
                        .add("subject", e.getSubject() == null ? "" : e.getSubject())
                        .add("detail", e.getDetail() == null ? "" : e.getDetail())));
        return ok(Json.createObjectBuilder().add("entries", rows).build());
    }

    private static Role role(String name) {
        try {
            return name == null ? null : Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new AccountRejected(Wording.refusal("account.role.unknown"));
        }
    }

    private static jakarta.json.JsonObjectBuilder json(Account account) {
        LocalDateTime created = account.getCreatedAt();
        return Json.createObjectBuilder()
                .add("username", account.getUsername())
                .add("displayName", account.getDisplayName())
                .add("role", account.getRole().name())
                .add("enabled", account.isEnabled())
                .add("createdAt", created + "Z");
    }

    private static Response ok(JsonObject json) {
        return Response.ok(json.toString()).build();
    }
}
