public import Systemd

/// systemd's notifier is the daemon's service-manager notifier: the method shapes match one for one.
extension SystemdNotifier: ServiceManagerNotifier {}
