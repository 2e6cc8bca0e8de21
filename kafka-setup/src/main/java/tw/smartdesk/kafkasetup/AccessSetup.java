package tw.smartdesk.kafkasetup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;

/**
 * Puts the access model on a running broker, as {@value KafkaAccess#ADMIN}: the SCRAM credential of every
 * principal (created or replaced: the passwords given win) and the ACLs of every grant. Creating an ACL that
 * exists changes nothing, so this runs on every start. ACLs of a grant that is no longer in the model are not
 * removed here.
 */
public final class AccessSetup {

    private static final int ITERATIONS = 8192;
    private static final long TIMEOUT_SECONDS = 30;

    private AccessSetup() {
    }

    /** The credentials of every grant's principal, then their ACLs. */
    public static void apply(Admin admin, KafkaCredentials credentials, List<KafkaGrant> grants) {
        List<UserScramCredentialAlteration> users = new ArrayList<>();
        List<AclBinding> acls = new ArrayList<>();
        for (KafkaGrant grant : grants) {
            users.add(new UserScramCredentialUpsertion(grant.principal(),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), credentials.password(grant.principal())));
            acls.addAll(grant.aclBindings());
        }
        try {
            admin.alterUserScramCredentials(users).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new TopicSetupException("Cannot set up the Kafka principals and ACLs: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicSetupException("Interrupted while setting up the Kafka principals and ACLs", e);
        }
    }
}
