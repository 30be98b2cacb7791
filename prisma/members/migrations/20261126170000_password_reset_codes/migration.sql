-- AlterEnum
ALTER TYPE "VerificationPurpose" ADD VALUE 'PASSWORD_RESET';

