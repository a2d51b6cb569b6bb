package io.zhucan.devstack;

import io.zhucan.devstack.demo.Realm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The demo logins, printed by up: read from the realm file, as Keycloak knows them. */
final class DemoUsers {

    private DemoUsers() {
    }

    static void print(Console console, Path realmFile) {
        Realm realm;
        try {
            realm = Realm.read(realmFile);
        } catch (RuntimeException e) {
            console.line("  Demo logins: see %s (%s)", realmFile, e.getMessage());
            return;
        }
        Map<String, List<String>> byRegion = new TreeMap<>();
        realm.users().forEach(u -> byRegion.computeIfAbsent(u.region(), r -> new ArrayList<>()).add(u.username()));
        Set<String> passwords = realm.users().stream().map(Realm.User::password).collect(Collectors.toSet());
        console.line("  Demo logins (realm %s; %s; tokens: client platform-cli, password grant):", Topology.REALM,
                passwords.size() == 1 ? "password \"" + passwords.iterator().next() + "\" for every user"
                        : "passwords in " + Topology.REALM_FILE);
        byRegion.forEach((region, users) -> console.line("    %-7s %s", region, String.join("  ", users)));
        if (!realm.partnerClients().isEmpty()) {
            console.line("  Partner systems (client credentials): %s", realm.partnerClients().stream()
                    .map(c -> c.clientId() + " / " + c.secret()).collect(Collectors.joining(",  ")));
        }
    }
}
