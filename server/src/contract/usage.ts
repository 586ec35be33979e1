/** `GET /api/usage` (admin): our own count of Komet calls this UTC day. */
export interface KometUsage {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  /** `KOMET_DAILY_CALLS`. */
  limit: number;
  total: number;
  byUser: { username: string; calls: number }[];
  byMethod: { method: string; calls: number }[];
}
