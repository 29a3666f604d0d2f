/** Option types of the monitoring pattern's props (retention, SMTP), shared by its parts. */

/** How long metrics and logs are kept, in days. */
export interface MonitoringRetention {
  /** Days metrics are kept. @default per stage: test 7, acceptance 14, training 14, production 30 */
  readonly metricsDays?: number;
  /** Days logs are kept (IONOS: 7, 14 or 30). @default per stage: test 7, acceptance 14, training 14, production 30 */
  readonly logsDays?: number;
}

/** E-mail delivery of the in-cluster Alertmanager (on-prem, IONOS). */
export interface MonitoringSmtp {
  /** SMTP relay `host:port`, e.g. `mail.rz.example.de:25` (no authentication; the relay admits the cluster). */
  readonly smarthost: string;
  /** Sender address. */
  readonly from: string;
}
