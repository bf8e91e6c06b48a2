import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { toBool, toInt } from './config-transforms';

/** Where evidence file contents go when S3_BUCKET is set (`EvidenceFileSettings.s3`). */
export interface S3Settings {
  bucket: string;
  /** Unset: AWS S3 itself. */
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

/**
 * The settings of evidence files (sizes in bytes, durations in days or seconds as named): limits, retention, and S3
 * object storage. Part of AppConfig, validated with it at boot; documented in the README ("Configuration").
 */
export class EvidenceFileSettings {
  /** Largest evidence file accepted, in bytes (default 10 GiB). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  FILE_MAX_BYTES = 10 * 1024 ** 3;

  /** Days a joint operation keeps file contents when its coordinators set nothing else (the EU JIT platform's temporary storage). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  FILE_RETENTION_DAYS = 28;

  /** The longest retention coordinators may set, in days. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  FILE_RETENTION_MAX_DAYS = 365;

  /** Seconds between sweeps deleting file contents whose retention has passed; 0 turns the sweep off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  FILE_RETENTION_CHECK_SECONDS = 3600;

  /**
   * Bucket of S3-compatible object storage holding evidence file contents, shared by every API node (3–63 lower-case
   * letters, digits, dots and hyphens). Unset: contents stay on this node's disk under `<TASKFORCE_DATA_DIR>/files`.
   * When set, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required too.
   */
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be a bucket name of 3-63 lower-case letters, digits, dots and hyphens' })
  S3_BUCKET?: string;

  /** Address of an S3-compatible service other than AWS (MinIO, Ceph…), e.g. `http://minio:9000`; unset = AWS S3. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'S3_ENDPOINT must be an http:// or https:// URL' })
  S3_ENDPOINT?: string;

  /** Region of the bucket (e.g. `eu-central-1`; MinIO accepts `us-east-1`). */
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'S3_REGION must be a region name such as eu-central-1' })
  S3_REGION?: string;

  /** Access key id of the account writing to S3_BUCKET. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  S3_ACCESS_KEY_ID?: string;

  /** Secret access key of the account writing to S3_BUCKET. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  S3_SECRET_ACCESS_KEY?: string;

  /** Address the bucket as `<endpoint>/<bucket>/<key>` instead of `<bucket>.<endpoint>/<key>` (MinIO needs true). Default false. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'S3_FORCE_PATH_STYLE must be true or false' })
  S3_FORCE_PATH_STYLE?: boolean;

  /** The object storage for evidence files when S3_BUCKET is set (checked complete by loadConfig), else null (local disk). */
  get s3(): S3Settings | null {
    if (!this.S3_BUCKET) return null;
    return {
      bucket: this.S3_BUCKET,
      endpoint: this.S3_ENDPOINT,
      region: this.S3_REGION as string,
      accessKeyId: this.S3_ACCESS_KEY_ID as string,
      secretAccessKey: this.S3_SECRET_ACCESS_KEY as string,
      forcePathStyle: this.S3_FORCE_PATH_STYLE === true,
    };
  }
}
