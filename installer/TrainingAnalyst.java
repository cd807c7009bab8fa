import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * For the installer's training run (build.sh): names an analyst in the preferences node that run uses, so that it
 * starts as every start after the first does, without the dialog that asks for the name; then removes the node.
 * Run by the JDK's source launcher with -Dlectern.preferences.node (and on Linux -Djava.util.prefs.userRoot):
 * {@code java TrainingAnalyst.java set|remove}.
 */
public final class TrainingAnalyst {
    private TrainingAnalyst() {
    }

    public static void main(String[] args) throws BackingStoreException {
        String node = System.getProperty("lectern.preferences.node");
        if (node == null || node.isBlank() || args.length != 1) {
            throw new IllegalArgumentException(
                    "usage: java -Dlectern.preferences.node=NODE TrainingAnalyst.java set|remove");
        }
        Preferences preferences = Preferences.userRoot().node(node);
        if (args[0].equals("set")) {
            preferences.put("analyst", "Training");
            preferences.flush();
        } else {
            preferences.removeNode();
            Preferences.userRoot().flush();
        }
    }
}
