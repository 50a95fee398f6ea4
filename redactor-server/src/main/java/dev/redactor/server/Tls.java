package dev.redactor.server;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** TLS for the sidecar from a key store file (PKCS#12 or JKS, as {@code keytool} writes them). */
public final class Tls {
  private Tls() {}

  /**
   * An SSL context serving the key and certificate chain in {@code keystore}.
   *
   * @throws IllegalArgumentException naming the file when it cannot be read, the password is
   *     wrong or it holds no key
   */
  public static SSLContext fromKeystore(Path keystore, char[] password) {
    try {
      KeyStore ks = KeyStore.getInstance(keystore.toFile(), password);
      boolean anyKey = false;
      for (String alias : java.util.Collections.list(ks.aliases())) {
        anyKey |= ks.isKeyEntry(alias);
      }
      if (!anyKey) {
        throw new IllegalArgumentException("key store " + keystore + " holds no private key");
      }
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, password);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), null, null);
      return ctx;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot read key store " + keystore + " (" + e.getClass().getSimpleName()
              + "; wrong password or not a PKCS#12/JKS file?)", e);
    }
  }
}
