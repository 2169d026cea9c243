package org.realign.app.privacy;

import org.realign.app.testsupport.EmbeddedApp;

/**
 * Export and erasure of a client's record, against the real app on H2. It erases demo
 * Sam, so it runs in an application context of its own: in the context the other test
 * classes share, whichever ran after it would find Sam gone.
 */
@EmbeddedApp(properties = "realign.test.context=client-privacy")
class ClientPrivacyIT extends ClientPrivacyChecks {

}
