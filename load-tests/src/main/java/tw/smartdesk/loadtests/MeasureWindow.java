package tw.smartdesk.loadtests;

/** Told when a scenario's measured window opens (after the warm-up) and closes, to sample the machine around it. */
interface MeasureWindow {

    MeasureWindow NONE = new MeasureWindow() {
        @Override
        public void opened() {
        }

        @Override
        public void closed() {
        }
    };

    void opened();

    void closed();
}
