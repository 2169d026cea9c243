package org.realign.app.privacy;

import org.realign.app.testsupport.EmbeddedApp;

/** Export and erasure of a client's record, against the real app on H2. */
@EmbeddedApp
class ClientPrivacyIT extends ClientPrivacyChecks {

}
