package io.zhucan.devstack.demo;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo logins as the realm export (infra/keycloak/zhucan-realm.json) defines them, so the
 * launcher never carries a second copy of a password or a client secret.
 */
public final class Realm {

    /** A user with a password credential; {@code region} is their county (or city, province). */
    public record User(String username, String password, String region, List<String> roles) {
    }

    /** A confidential client with a service account: a partner department's system. */
    public record Client(String clientId, String secret) {
    }

    private final List<User> users;
    private final List<Client> partnerClients;

    private Realm(List<User> users, List<Client> partnerClients) {
        this.users = users;
        this.partnerClients = partnerClients;
    }

    public static Realm read(Path file) {
        JsonObject realm;
        try {
            realm = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm file " + file, e);
        }
        List<User> users = new ArrayList<>();
        for (JsonElement u : array(realm, "users")) {
            JsonObject user = u.getAsJsonObject();
            for (JsonElement c : array(user, "credentials")) {
                JsonObject credential = c.getAsJsonObject();
                if ("password".equals(text(credential, "type"))) {
                    JsonObject attributes = user.has("attributes") ? user.getAsJsonObject("attributes") : new JsonObject();
                    JsonArray region = array(attributes, "region");
                    List<String> roles = new ArrayList<>();
                    array(user, "realmRoles").forEach(r -> roles.add(r.getAsString()));
                    users.add(new User(text(user, "username"), text(credential, "value"),
                            region.isEmpty() ? "" : region.get(0).getAsString(), roles));
                }
            }
        }
        List<Client> partners = new ArrayList<>();
        for (JsonElement c : array(realm, "clients")) {
            JsonObject client = c.getAsJsonObject();
            if (client.has("serviceAccountsEnabled") && client.get("serviceAccountsEnabled").getAsBoolean()) {
                partners.add(new Client(text(client, "clientId"), text(client, "secret")));
            }
        }
        return new Realm(List.copyOf(users), List.copyOf(partners));
    }

    public List<User> users() {
        return users;
    }

    public List<Client> partnerClients() {
        return partnerClients;
    }

    String password(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst()
                .map(User::password)
                .orElseThrow(() -> new DemoFailure("the realm file has no demo user " + username));
    }

    String secret(String clientId) {
        return partnerClients.stream().filter(c -> c.clientId().equals(clientId)).findFirst()
                .map(Client::secret)
                .orElseThrow(() -> new DemoFailure("the realm file has no partner client " + clientId));
    }

    private static JsonArray array(JsonObject o, String member) {
        return o.has(member) && o.get(member).isJsonArray() ? o.getAsJsonArray(member) : new JsonArray();
    }

    private static String text(JsonObject o, String member) {
        return o.has(member) && o.get(member).isJsonPrimitive() ? o.get(member).getAsString() : "";
    }
}
