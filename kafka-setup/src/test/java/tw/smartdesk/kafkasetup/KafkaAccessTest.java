package tw.smartdesk.kafkasetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

/** The access model: producers write their own topics, named consumers read, county systems read public topics. */
class KafkaAccessTest {

    @Test
    void onePrincipalPerServiceAndOneForCountySystems() {
        assertThat(KafkaAccess.grants()).extracting(KafkaGrant::principal).containsExactly("application-service",
                "reservation-service", "pickup-locker-service", "notification-service", "analytics-service", "external-reader");
    }

    @Test
    void eachTopicIsWrittenOnlyByTheServiceTheContractNamesAsItsSource() {
        assertThat(writers("application-events")).containsExactly("application-service");
        assertThat(writers("applicant-contacts")).containsExactly("application-service");
        assertThat(writers("reservation-events")).containsExactly("reservation-service");
        assertThat(writers("locker-events")).containsExactly("pickup-locker-service");
        assertThat(writers("notification-events")).containsExactly("notification-service");
        assertThat(writers("notification-requests")).containsExactlyInAnyOrder("pickup-locker-service", "application-service");
    }

    @Test
    void restrictedTopicsAreReadOnlyByTheirNamedConsumers() {
        assertThat(readers("applicant-contacts")).containsExactly("notification-service");
        assertThat(readers("notification-requests")).containsExactly("notification-service");
        assertThat(readers("application-events")).contains("analytics-service", "external-reader");
        assertThat(KafkaAccess.grant("external-reader").readableTopics())
                .containsExactly("application-events", "locker-events", "notification-events", "reservation-events");
        assertThat(KafkaAccess.grant("external-reader").writableTopics()).isEmpty();
    }

    @Test
    void aServiceWritesAndReadsTheDeadLetterTopicsOfWhatItConsumesButNeverTheConsumedTopic() {
        KafkaGrant application = KafkaAccess.grant("application-service");

        assertThat(application.writableTopics()).contains("locker-events.dlq", "reservation-events.dlq")
                .doesNotContain("locker-events", "reservation-events", "application-events.dlq");
        assertThat(application.readableTopics())
                .containsExactly("locker-events", "locker-events.dlq", "reservation-events", "reservation-events.dlq");
    }

    @Test
    void theAclsAllowExactlyTheGrantAndConsumerGroupsByThePrincipalsPrefix() {
        List<AclBinding> acls = KafkaAccess.grant("notification-service").aclBindings();

        assertThat(acls).allSatisfy(acl -> {
            assertThat(acl.entry().principal()).isEqualTo("User:notification-service");
            assertThat(acl.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW);
        });
        assertThat(acls).filteredOn(acl -> acl.pattern().resourceType() == ResourceType.GROUP).singleElement().satisfies(acl -> {
            assertThat(acl.pattern().name()).isEqualTo("notification-service");
            assertThat(acl.pattern().patternType()).isEqualTo(PatternType.PREFIXED);
            assertThat(acl.entry().operation()).isEqualTo(AclOperation.READ);
        });
        assertThat(acls).filteredOn(acl -> acl.entry().operation() == AclOperation.WRITE)
                .extracting(acl -> acl.pattern().name()).containsExactlyInAnyOrder("notification-events",
                        "application-events.dlq", "reservation-events.dlq", "locker-events.dlq",
                        "notification-requests.dlq", "applicant-contacts.dlq");
    }

    @Test
    void anUnknownPrincipalIsNamedInTheError() {
        assertThatThrownBy(() -> KafkaAccess.grant("mallory")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mallory").hasMessageContaining("external-reader");
    }

    @Test
    void credentialsLogInOverScram() {
        KafkaCredentials credentials = KafkaCredentials.generate(List.of("admin", "analytics-service"));

        assertThat(credentials.clientSettings("analytics-service")).containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"analytics-service\" password=\"" + credentials.password("analytics-service") + "\";");
        assertThat(credentials.password("admin")).hasSize(48).isNotEqualTo(credentials.password("analytics-service"));
    }

    private static List<String> writers(String topic) {
        return KafkaAccess.grants().stream().filter(grant -> grant.writableTopics().contains(topic)).map(KafkaGrant::principal).toList();
    }

    private static List<String> readers(String topic) {
        return KafkaAccess.grants().stream().filter(grant -> grant.readableTopics().contains(topic)).map(KafkaGrant::principal).toList();
    }
}
