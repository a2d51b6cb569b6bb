-- docker-compose.yml: one database per service, owned by the zhucan user (POSTGRES_USER).
-- ./platform up creates the same ones (infra/devstack Topology); ComposeConsistencyTest compares them.
CREATE DATABASE certification OWNER zhucan;
CREATE DATABASE subsidy OWNER zhucan;
CREATE DATABASE employment OWNER zhucan;
CREATE DATABASE rehabilitation OWNER zhucan;
CREATE DATABASE profile OWNER zhucan;
