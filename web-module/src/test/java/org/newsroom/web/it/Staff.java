package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;

/** The test run's newsroom staff, created once through the admin API. */
final class Staff {

    static final String PASSWORD = "password-for-tests";
    static final String REPORTER = "rita";
    static final String EDITOR = "eddie";
    static final String OTHER_EDITOR = "erin";
    private static boolean created;

    private Staff() {
    }

    static synchronized void ensureAccounts(URI base) throws Exception {
        if (created) {
            return;
        }
        StaffClient admin = signedIn(base, "admin", NewsroomDeployment.ADMIN_PASSWORD);
        create(admin, REPORTER, "Rita Reporter", "REPORTER");
        create(admin, EDITOR, "Eddie Editor", "EDITOR");
        create(admin, OTHER_EDITOR, "Erin Editor", "EDITOR");
        created = true;
    }

    private static void create(StaffClient admin, String username, String name, String role) throws Exception {
        HttpResponse<String> answer = admin.json("POST", "api/newsroom/admin/accounts",
                "{\"username\":\"" + username + "\",\"displayName\":\"" + name + "\",\"role\":\"" + role
                        + "\",\"password\":\"" + PASSWORD + "\"}");
        assertTrue(answer.statusCode() == 201 || answer.body().contains("taken"), answer.body());
    }

    static StaffClient signedIn(URI base, String username, String password) throws Exception {
        StaffClient client = new StaffClient(base);
        assertTrue(client.signIn(username, password).body().contains("Signed in as"), username + " signs in");
        return client;
    }

    static StaffClient as(URI base, String username) throws Exception {
        ensureAccounts(base);
        return signedIn(base, username, PASSWORD);
    }
}
